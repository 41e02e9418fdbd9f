/** A fresh, migrated database per test file: in-memory PGlite, or a new database on TEST_DATABASE_URL. */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { type Database, openDatabase } from "../db/client.ts";

export const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;

export async function openTestDatabase(): Promise<Database> {
  if (!testDatabaseUrl) {
    const database = await openDatabase({});
    await database.migrate();
    return database;
  }
  const name = `civic_test_${randomUUID().replaceAll("-", "")}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(statement: string) {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
