SELECT count(*) FROM workspace_info WHERE key = 'schema_version'
