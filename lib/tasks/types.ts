import type { BarModel } from "../workflow/status-bar";
import type { TaskCategory } from "../workflow/task-workflow";

export type PersonRef = { id: string; name: string };
export type HistoryItem = { id: number; at: string; text: string };

export type TaskListItem = {
  id: string;
  number: number;
  title: string;
  category: TaskCategory;
  assignee: PersonRef | null;
  dueDate: string | null;
  overdue: boolean;
  ticket: { number: number; title: string } | null;
  updatedAt: string;
};

export type TaskListPage = { items: TaskListItem[]; nextAfter: number | null };

export type TaskDetail = {
  id: string;
  number: number;
  title: string;
  description: string;
  version: number;
  category: TaskCategory;
  statusId: string;
  bar: BarModel;
  assignee: PersonRef | null;
  creator: PersonRef;
  dueDate: string | null;
  overdue: boolean;
  ticket: { number: number; title: string } | null;
  createdAt: string;
  /** The "Change status" menu: exactly the moves the engine accepts for this reader. */
  moves: { statusId: string; category: TaskCategory }[];
  mayEdit: boolean;
  history: HistoryItem[];
};
