/** The structured deliverables every generator tier produces. Markdown is derived from these. */
export type RequirementCategory = 'functional' | 'content' | 'design' | 'integration' | 'non-functional';
export type RequirementPriority = 'must' | 'should' | 'could';

export interface Requirement {
  /** `R1`, `R2`, … numbered in the order the needs were stated. */
  id: string;
  text: string;
  category: RequirementCategory;
  priority: RequirementPriority;
  /** Where the need was stated: `brief`, `file:<name>`, or `modification`. */
  source: string;
}

export interface Terms {
  title: string;
  summary: string;
  requirements: Requirement[];
  /** Statements of the brief that are context rather than needs, kept for the reader. */
  assumptions: string[];
}

export interface PlanTask {
  title: string;
  covers: string[];
  estimateHours: number;
}

export interface Milestone {
  id: string;
  title: string;
  tasks: PlanTask[];
  estimateHours: number;
}

export interface Risk {
  text: string;
  mitigation: string;
}

export interface Plan {
  milestones: Milestone[];
  risks: Risk[];
  totalHours: number;
  /** Calendar estimate for one developer at 6 productive hours a day. */
  totalDays: number;
}
