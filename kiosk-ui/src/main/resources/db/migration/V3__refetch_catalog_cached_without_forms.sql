-- Items cached before V2 carry no item_json (guide, form, data sources), and the admin server answers an unchanged
-- catalog with 304: such a kiosk would serve those items without their forms until the next publication. Forgetting
-- the ETag makes the next sync download the whole catalog.
UPDATE catalog_version SET etag = NULL WHERE EXISTS (SELECT 1 FROM catalog_item WHERE item_json = '');
