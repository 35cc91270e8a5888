package se.kundfokus.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a workspace holds.
 *
 * @param registerCustomers customers from a customer register
 * @param customers all customers, including ids only seen in the sales lines
 * @param anonymousSalesLines sales lines that name no customer
 */
public record TableCounts(
    long registerCustomers,
    long customers,
    long prospects,
    long products,
    long salesLines,
    long anonymousSalesLines,
    Optional<LocalDate> firstSale,
    Optional<LocalDate> lastSale,
    double salesAmount,
    long attributes) {}
