# Run once by the postgres image on an empty data directory: one database per service, owned by
# the service's login (from its Secret), which alone may connect to it.
create_service_database() {
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v name="$1" -v password="$2" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
}
create_service_database "$INVESTMENT_DB_USERNAME" "$INVESTMENT_DB_PASSWORD"
create_service_database "$LAND_DB_USERNAME" "$LAND_DB_PASSWORD"
create_service_database "$PARTY_AFFAIRS_DB_USERNAME" "$PARTY_AFFAIRS_DB_PASSWORD"
