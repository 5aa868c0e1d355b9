-- Each service's V2 created change_history until the table moved to R__change_history.sql: V2 lost those lines, so
-- a database that ran the V2 before holds a checksum the file no longer has, and Flyway would refuse to start. Before
-- Flyway validates, exactly those released V2 checksums become the edited files'; the table and its rows stay as
-- they are, any other checksum stays and is still checked. (version, checksum before the move, checksum after).
DO $$
BEGIN
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        UPDATE flyway_schema_history AS applied
        SET checksum = moved.checksum_now
        FROM (VALUES ('2', 1153904344, -1356816182),   -- investment-service
                     ('2', -1141705796, 1737767574),   -- land-service
                     ('2', 1592659255, -1266115545))   -- party-affairs-service
             AS moved (version, checksum_before, checksum_now)
        WHERE applied.version = moved.version AND applied.checksum = moved.checksum_before;
    END IF;
END
$$;
