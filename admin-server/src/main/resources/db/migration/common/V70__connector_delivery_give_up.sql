-- Failed department deliveries (session 3): after admin.connector.give-up-after failed tries the queue stops trying
-- by itself (gave_up_at_ms) until an administrator says "retry now". leased_until_ms marks a row being sent right
-- now, so that "retry now" cannot send it a second time while the first send is still running.
ALTER TABLE connector_delivery ADD COLUMN gave_up_at_ms BIGINT;
ALTER TABLE connector_delivery ADD COLUMN leased_until_ms BIGINT;
