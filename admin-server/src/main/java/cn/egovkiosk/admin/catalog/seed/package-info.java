/**
 * The generated demo catalog: a district's 25 departments, 292 kiosk items (flags 自助办 100, 秒批 65, 一证通办 34,
 * 免证办 179), 35 一件事 packages in 13 life-event domains, and a city-wide scale set of 3,264 items for
 * benchmarks. Everything is made from the word lists beside these classes with a fixed random seed, so every run
 * makes the same catalog; the Flyway migration {@link DemoCatalogMigration} writes the district's into a fresh
 * database.
 */
package cn.egovkiosk.admin.catalog.seed;
