"""The bar till: price list, alcohol rules, sales, tabs, reversals, reports and the journal."""
