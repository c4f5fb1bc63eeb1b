import type { ProjectForm } from '../contract/index.ts';

/** How a training project is held (培训形式). */
export const projectFormLabels: Record<ProjectForm, string> = {
  face_to_face: '面授',
  online: '网络培训',
  blended: '线上线下结合',
};
