-- A business partner's postal address: access reports and "Shine the Light" answers name each
-- recipient with its address (Cal. Civ. Code 1798.83 asks for names and addresses). Partners
-- registered before this have none, and the letters say so.
alter table partners add column postal_address varchar(500);
