"""An installation's set-up: settings kept in the database, the first start (role, user, data
location) and the demo county generator."""
