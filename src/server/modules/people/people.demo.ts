/** Fictional people and groups for the demo, named in each country's own script; no real contact details. */
import type { DemoWorkspace } from "../../demo/demo-context.ts";
import { demoOrganization } from "../../demo/demo-context.ts";
import { addGroupMember, formGroup, recordPerson } from "./people.service.ts";
import type { GroupKind } from "./people.tables.ts";

type PeopleList = {
  slug: string;
  list: string;
  country: string;
  city: string;
  locale: string;
  names: string[];
  /** People who are also a demo login (organizations.demo.ts), by name: their record carries the login's email. */
  loginEmails?: Record<string, string>;
};

const peopleLists: PeopleList[] = [
  {
    slug: "kivunim-ashdod",
    list: "fellows-2020",
    country: "IL",
    city: "אשדוד",
    locale: "he",
    names: [
      "נועה כהן",
      "איתי לוי",
      "שירה מזרחי",
      "יונתן פרץ",
      "מאיה ביטון",
      "עומר אברהם",
      "תמר דהן",
      "אורי אוחיון",
      "הילה אזולאי",
      "דניאל גבאי",
      "רוני אלון",
      "נטע שושן",
      "אביב חדד",
      "ליאור עמר",
      "עדי מלכה",
      "יובל סויסה",
      "שני בן דוד",
      "אלון אטיאס",
      "מיכל וקנין",
      "גל אסולין",
    ],
  },
  {
    slug: "kivunim-ashdod",
    list: "mentors",
    country: "IL",
    city: "אשדוד",
    locale: "he",
    names: ["רחל אלמוג", "משה טל", "אסתר נחום"],
  },
  {
    slug: "kivunim-ashdod",
    list: "fellows-2027",
    country: "IL",
    city: "אשדוד",
    locale: "he",
    names: ["אדיר סבג", "רותם קדוש", "ספיר אלקיים", "נדב בוזגלו", "אגם חזן", "עידו מרציאנו"],
    loginEmails: { "עידו מרציאנו": "fellow@kivunim.example" },
  },
  {
    slug: "iidr",
    list: "incubator",
    country: "IL",
    city: "כפר סבא",
    locale: "he",
    names: [
      "סמאח חורי",
      "יוסף עבאס",
      "אביגיל רוזן",
      "מוחמד נסאר",
      "ליה פרידמן",
      "עמית ברק",
      "רנא זועבי",
      "אלה גולדברג",
      "תום שפירא",
    ],
  },
  {
    slug: "civic-georgia",
    list: "study-circles",
    country: "GE",
    city: "თელავი",
    locale: "ka",
    names: [
      "ნინო ბერიძე",
      "გიორგი მაისურაძე",
      "თამარ კაპანაძე",
      "ლევან გელაშვილი",
      "მარიამ ჯაფარიძე",
      "დავით ლომიძე",
      "ეკა ხარაზიშვილი",
      "ირაკლი ნოზაძე",
      "ანა ტაბატაძე",
      "ზურაბ ქავთარაძე",
      "სალომე ჩხეიძე",
      "ლაშა წიკლაური",
    ],
  },
  {
    slug: "athens-cso-hub",
    list: "members",
    country: "GR",
    city: "Αθήνα",
    locale: "el",
    names: [
      "Μαρία Παπαδοπούλου",
      "Γιώργος Νικολάου",
      "Ελένη Γεωργίου",
      "Κώστας Δημητρίου",
      "Αικατερίνη Ιωάννου",
      "Νίκος Παπαδόπουλος",
      "Σοφία Κωνσταντίνου",
      "Δημήτρης Αλεξίου",
    ],
  },
  {
    slug: "si-academy-slovenia",
    list: "learners",
    country: "SI",
    city: "Ljubljana",
    locale: "sl",
    names: [
      "Ana Novak",
      "Luka Horvat",
      "Maja Kovačič",
      "Žiga Krajnc",
      "Nina Zupančič",
      "Matej Potočnik",
      "Tina Mlakar",
      "Jure Kos",
      "Špela Vidmar",
      "Rok Golob",
    ],
  },
];

type GroupList = { slug: string; list: string; kind: GroupKind; country: string; city: string; names: string[] };

const groupLists: GroupList[] = [
  {
    slug: "iidr",
    list: "teams",
    kind: "team",
    country: "IL",
    city: "כפר סבא",
    names: ["צוות גשרים בקמפוס", "צוות קול משותף", "צוות שיח פתוח"],
  },
  {
    slug: "civic-georgia",
    list: "csos",
    kind: "cso",
    country: "GE",
    city: "თბილისი",
    names: ["თემის განვითარების ცენტრი", "კახეთის სამოქალაქო ფორუმი", "ახალგაზრდა აქტივისტთა ქსელი"],
  },
  {
    slug: "athens-cso-hub",
    list: "residents",
    kind: "informal_group",
    country: "GR",
    city: "Αθήνα",
    names: [
      "Δίκτυο Εθελοντών Κυψέλης",
      "Ομάδα Αστικής Κηπουρικής Πατησίων",
      "Σύλλογος Γονέων για την Ένταξη",
      "Κοινωνική Κουζίνα της Γειτονιάς",
      "Πρωτοβουλία για το Προσφυγικό Παιδί",
      "Ομάδα Ανοιχτών Δεδομένων Αθήνας",
      "Θέατρο της Γειτονιάς",
      "Σύλλογος Ποδηλατών Πόλης",
    ],
  },
];

/** Fictional addresses on the reserved example.org domain. */
function demoEmail(list: PeopleList, index: number) {
  return `${list.slug}.${list.list}.${index + 1}@example.org`;
}

export async function buildPeopleDemo(workspace: DemoWorkspace) {
  for (const list of peopleLists) {
    const ctx = demoOrganization(workspace, list.slug);
    const ids: string[] = [];
    for (const [index, fullName] of list.names.entries()) {
      const person = await recordPerson(ctx, {
        fullName,
        email: list.loginEmails?.[fullName] ?? demoEmail(list, index),
        phone: null,
        city: list.city,
        country: list.country,
        locale: list.locale as "he",
        notes: null,
      });
      ids.push(person.id);
    }
    workspace.people.set(`${list.slug}/${list.list}`, ids);
  }
  for (const list of groupLists) {
    const ctx = demoOrganization(workspace, list.slug);
    const ids: string[] = [];
    for (const name of list.names) {
      const group = await formGroup(ctx, {
        name,
        kind: list.kind,
        city: list.city,
        country: list.country,
        description: null,
      });
      ids.push(group.id);
    }
    workspace.groups.set(`${list.slug}/${list.list}`, ids);
  }
  await shareMembers(workspace, "iidr", "teams", "incubator");
  await shareMembers(workspace, "civic-georgia", "csos", "study-circles");
}

/** Spreads a people list over a group list round-robin (three incubator members per team, …). */
async function shareMembers(workspace: DemoWorkspace, slug: string, groupList: string, peopleList: string) {
  const ctx = demoOrganization(workspace, slug);
  const groupIds = workspace.groups.get(`${slug}/${groupList}`) ?? [];
  const personIds = workspace.people.get(`${slug}/${peopleList}`) ?? [];
  for (const [index, personId] of personIds.entries()) {
    await addGroupMember(ctx, groupIds[index % groupIds.length], personId);
  }
}
