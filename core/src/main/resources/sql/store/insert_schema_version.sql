INSERT INTO workspace_info VALUES ('schema_version', ?)
