// listTaskPage's filters, search and paging on SQLite (the cases are in list-cases.ts).
import { describeListTaskPage } from "./list-cases";

describeListTaskPage("sqlite");
