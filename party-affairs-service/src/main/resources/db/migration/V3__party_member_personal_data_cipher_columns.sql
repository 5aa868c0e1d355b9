-- Members' personal data is stored encrypted (CONVENTIONS.md, Roles and access): the columns for the ciphertext,
-- filled from the plaintext ones by V4 (a Java migration: it needs the service's keys), which V5 then drops.
alter table party_member
    add column name_cipher            text,
    add column identity_number_cipher text,
    add column phone_cipher           text;
