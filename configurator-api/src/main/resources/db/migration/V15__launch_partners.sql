-- The OS vendor's launch partners: four more handset makers with two models each, so that the shop opens with six
-- makers and twelve models (codes shared with the handset rack and the image builder's seed release). Each model
-- comes in two colours and two storage sizes; the RAM goes with the storage size. The sizes make the feature
-- model's numbers bite (the system takes 12 GB of every phone, see phonesmith.catalog.system-reserve-mb):
-- - Meridian Go 32 GB (20 GB free): Games Pack (24 GB) does not fit at all, and OsmAnd's maps (8 GB) and the
--   offline video library (16 GB) do not fit together; choosing Games Pack means the 64 GB variant;
-- - every 64 GB variant (52 GB free): Games Pack, the offline video library and offline music do not fit together;
-- - 4 GB of RAM (Meridian Go 32 GB, Okapi Lite 64 GB): no Face unlock (6 GB); 6 GB or less (Meridian Go, Okapi
--   Lite, Kestrel Ridge 64 GB, Meridian Stride 128 GB, Tessel Mini 128 GB): no Desktop mode (8 GB); the
--   on-device assistant (12 GB) only on the Kestrel Summit, Okapi Max 256 GB and Tessel Fold.
-- Every model's larger variant holds any single option that its RAM allows, so no option is unsellable on a whole
-- model for want of storage. Prices in EUR cents.

insert into maker (code, name) values
    ('kestrel', 'Kestrel Field Phones'),
    ('meridian', 'Meridian Telecom'),
    ('okapi', 'Okapi Mobile'),
    ('tessel', 'Tessel Devices');

insert into handset_model (code, maker_code, name) values
    ('kestrel-ridge', 'kestrel', 'Kestrel Ridge'),
    ('kestrel-summit', 'kestrel', 'Kestrel Summit'),
    ('meridian-go', 'meridian', 'Meridian Go'),
    ('meridian-stride', 'meridian', 'Meridian Stride'),
    ('okapi-lite', 'okapi', 'Okapi Lite'),
    ('okapi-max', 'okapi', 'Okapi Max'),
    ('tessel-mini', 'tessel', 'Tessel Mini'),
    ('tessel-fold', 'tessel', 'Tessel Fold');

insert into handset_variant (model_code, colour, storage_gb, ram_gb, price_minor, currency) values
    ('kestrel-ridge', 'olive', 64, 6, 32900, 'EUR'),
    ('kestrel-ridge', 'olive', 128, 8, 36900, 'EUR'),
    ('kestrel-ridge', 'orange', 64, 6, 32900, 'EUR'),
    ('kestrel-ridge', 'orange', 128, 8, 36900, 'EUR'),
    ('kestrel-summit', 'basalt', 256, 12, 64900, 'EUR'),
    ('kestrel-summit', 'basalt', 512, 16, 74900, 'EUR'),
    ('kestrel-summit', 'glacier', 256, 12, 64900, 'EUR'),
    ('kestrel-summit', 'glacier', 512, 16, 74900, 'EUR'),
    ('meridian-go', 'graphite', 32, 4, 14900, 'EUR'),
    ('meridian-go', 'graphite', 64, 6, 16900, 'EUR'),
    ('meridian-go', 'mint', 32, 4, 14900, 'EUR'),
    ('meridian-go', 'mint', 64, 6, 16900, 'EUR'),
    ('meridian-stride', 'ocean', 128, 6, 29900, 'EUR'),
    ('meridian-stride', 'ocean', 256, 8, 33900, 'EUR'),
    ('meridian-stride', 'sunset', 128, 6, 29900, 'EUR'),
    ('meridian-stride', 'sunset', 256, 8, 33900, 'EUR'),
    ('okapi-lite', 'clay', 64, 4, 19900, 'EUR'),
    ('okapi-lite', 'clay', 128, 6, 22900, 'EUR'),
    ('okapi-lite', 'sky', 64, 4, 19900, 'EUR'),
    ('okapi-lite', 'sky', 128, 6, 22900, 'EUR'),
    ('okapi-max', 'clay', 128, 8, 44900, 'EUR'),
    ('okapi-max', 'clay', 256, 12, 49900, 'EUR'),
    ('okapi-max', 'night', 128, 8, 44900, 'EUR'),
    ('okapi-max', 'night', 256, 12, 49900, 'EUR'),
    ('tessel-mini', 'lilac', 128, 6, 34900, 'EUR'),
    ('tessel-mini', 'lilac', 256, 8, 39900, 'EUR'),
    ('tessel-mini', 'pearl', 128, 6, 34900, 'EUR'),
    ('tessel-mini', 'pearl', 256, 8, 39900, 'EUR'),
    ('tessel-fold', 'frost', 256, 12, 119900, 'EUR'),
    ('tessel-fold', 'frost', 512, 16, 134900, 'EUR'),
    ('tessel-fold', 'onyx', 256, 12, 119900, 'EUR'),
    ('tessel-fold', 'onyx', 512, 16, 134900, 'EUR');
