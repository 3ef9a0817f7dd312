-- Accounts by role (the experts to choose from, the reviewers): without this index every such list
-- read all accounts — 14 ms a page at benchmark size L, growing with every applicant.
CREATE INDEX ix_account_role_role ON account_role (role, account_id);
