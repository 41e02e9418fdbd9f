/** Bulk helpers for demo parts that lay down thousands of records (the academy's 2018 year). */
import type { Db } from "../db/client.ts";
import { people } from "../modules/people/people.tables.ts";
import { searchKeyOf } from "../modules/people/search-key.ts";

/** A repeatable pseudo-random sequence, so every demo workspace holds the same records. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Inserts rows in chunks that stay well under PostgreSQL's 65,535 bind parameters per statement. */
export async function insertInChunks<Row>(rows: Row[], insert: (chunk: Row[]) => Promise<unknown>, size = 500) {
  for (let start = 0; start < rows.length; start += size) await insert(rows.slice(start, start + size));
}

export type GeneratedPerson = { fullName: string; email: string; country: string; city: string; locale: string };

/** First and family names per country; combined in order they give hundreds of distinct fictional people. */
const namesByCountry: Record<string, { first: string[]; last: string[]; city: string; locale: string }> = {
  SI: {
    first: [
      "Ana",
      "Luka",
      "Maja",
      "Žiga",
      "Nina",
      "Matej",
      "Tina",
      "Jure",
      "Urška",
      "Rok",
      "Eva",
      "Gregor",
      "Petra",
      "Blaž",
      "Katja",
      "Nejc",
    ],
    last: [
      "Novak",
      "Horvat",
      "Kovačič",
      "Krajnc",
      "Zupančič",
      "Potočnik",
      "Mlakar",
      "Kos",
      "Vidmar",
      "Golob",
      "Turk",
      "Kralj",
      "Božič",
      "Zajc",
      "Hribar",
      "Korošec",
      "Rozman",
      "Jereb",
    ],
    city: "Ljubljana",
    locale: "sl",
  },
  HR: {
    first: [
      "Ivan",
      "Ana",
      "Marko",
      "Petra",
      "Luka",
      "Iva",
      "Josip",
      "Marija",
      "Tomislav",
      "Lucija",
      "Filip",
      "Katarina",
      "Matej",
      "Ivana",
      "Karlo",
    ],
    last: [
      "Horvat",
      "Kovačević",
      "Babić",
      "Marić",
      "Jurić",
      "Novak",
      "Kovačić",
      "Knežević",
      "Vuković",
      "Marković",
      "Petrović",
      "Matić",
      "Tomić",
      "Pavlović",
      "Božić",
      "Blažević",
      "Grgić",
    ],
    city: "Zagreb",
    locale: "en",
  },
  HU: {
    first: [
      "Bence",
      "Anna",
      "Máté",
      "Zsófia",
      "Levente",
      "Eszter",
      "Dániel",
      "Réka",
      "Gergő",
      "Dóra",
      "Ádám",
      "Lilla",
      "Balázs",
      "Noémi",
      "Tamás",
    ],
    last: [
      "Nagy",
      "Kovács",
      "Tóth",
      "Szabó",
      "Horváth",
      "Varga",
      "Kiss",
      "Molnár",
      "Németh",
      "Farkas",
      "Balogh",
      "Papp",
      "Takács",
      "Juhász",
      "Lakatos",
      "Mészáros",
      "Oláh",
    ],
    city: "Budapest",
    locale: "en",
  },
  IT: {
    first: [
      "Giulia",
      "Marco",
      "Chiara",
      "Luca",
      "Francesca",
      "Alessandro",
      "Sara",
      "Matteo",
      "Elena",
      "Davide",
      "Martina",
      "Simone",
      "Valentina",
      "Andrea",
      "Federica",
    ],
    last: [
      "Rossi",
      "Russo",
      "Ferrari",
      "Esposito",
      "Bianchi",
      "Romano",
      "Colombo",
      "Ricci",
      "Marino",
      "Greco",
      "Bruno",
      "Gallo",
      "Conti",
      "De Luca",
      "Mancini",
      "Costa",
      "Giordano",
    ],
    city: "Trieste",
    locale: "en",
  },
  GR: {
    first: [
      "Μαρία",
      "Γιώργος",
      "Ελένη",
      "Κώστας",
      "Αικατερίνη",
      "Νίκος",
      "Σοφία",
      "Δημήτρης",
      "Αναστασία",
      "Παναγιώτης",
      "Ιωάννα",
      "Χρήστος",
      "Βασιλική",
      "Άγγελος",
      "Δέσποινα",
    ],
    last: [
      "Παπαδοπούλου",
      "Νικολάου",
      "Γεωργίου",
      "Δημητρίου",
      "Ιωάννου",
      "Κωνσταντίνου",
      "Αλεξίου",
      "Οικονόμου",
      "Μακρή",
      "Βασιλείου",
      "Αθανασίου",
      "Πετρίδη",
      "Σταθοπούλου",
      "Καραγιάννη",
      "Λαμπράκη",
      "Χριστοδούλου",
      "Ζαχαρίου",
    ],
    city: "Αθήνα",
    locale: "el",
  },
  PL: {
    first: [
      "Anna",
      "Piotr",
      "Katarzyna",
      "Tomasz",
      "Magdalena",
      "Paweł",
      "Agnieszka",
      "Michał",
      "Joanna",
      "Krzysztof",
      "Aleksandra",
      "Jakub",
      "Zofia",
      "Marcin",
      "Julia",
    ],
    last: [
      "Nowak",
      "Kowalski",
      "Wiśniewski",
      "Wójcik",
      "Kowalczyk",
      "Kamiński",
      "Lewandowski",
      "Zieliński",
      "Szymański",
      "Woźniak",
      "Dąbrowski",
      "Kozłowski",
      "Jankowski",
      "Mazur",
      "Kwiatkowski",
      "Krawczyk",
      "Piotrowski",
    ],
    city: "Kraków",
    locale: "en",
  },
};

/**
 * `count` fictional people of a country with example.org addresses unique under `emailPrefix`. Names are
 * distinct up to first × last names (the family-name step is coprime with the list length); beyond that
 * they repeat, as names do in a course of thousands.
 */
export function generatePeople(country: string, count: number, emailPrefix: string): GeneratedPerson[] {
  const names = namesByCountry[country];
  if (!names) throw new Error(`No demo names for ${country}`);
  return Array.from({ length: count }, (_, index) => {
    const first = names.first[index % names.first.length];
    const last = names.last[(index + Math.floor(index / names.first.length)) % names.last.length];
    return {
      fullName: `${first} ${last}`,
      email: `${emailPrefix}-${country.toLowerCase()}-${String(index + 1).padStart(4, "0")}@example.org`,
      country,
      city: names.city,
      locale: names.locale,
    };
  });
}

/** Inserts generated people into an organization and returns their ids in the same order. */
export async function insertPeople(db: Db, organizationId: string, generated: GeneratedPerson[]) {
  const ids: string[] = [];
  await insertInChunks(generated, async (chunk) => {
    const rows = await db
      .insert(people)
      .values(
        chunk.map((person) => ({ organizationId, ...person, searchKey: searchKeyOf(person.fullName, person.email) })),
      )
      .returning({ id: people.id });
    ids.push(...rows.map((row) => row.id));
  });
  return ids;
}
