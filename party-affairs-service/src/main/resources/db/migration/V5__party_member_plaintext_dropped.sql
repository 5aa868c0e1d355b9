-- V4 encrypted every member's personal data: the plaintext columns go.
alter table party_member
    drop column name,
    drop column identity_number,
    drop column phone;
-- DROP COLUMN leaves the old values in the table's files; a type change with a computed USING rewrites every row
-- (dropped columns as null, no dead row versions), so the plaintext leaves the table itself
alter table party_member alter column name_cipher type text using name_cipher || '';
alter table party_member alter column name_cipher set not null;
