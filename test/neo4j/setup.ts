// Per-file setup of the `neo4j` project: the driver that empties the database is closed with the file.
import { afterAll } from "vitest";
import { closeNeo4jAdmin } from "../helpers/store-under-test.js";

afterAll(() => closeNeo4jAdmin());
