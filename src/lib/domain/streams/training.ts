/**
 * Training-stream metrics (issue 10, deliverable 2): how many of an office's ICE investigators or
 * Crowns hold CURRENT training. The Attorney General's task force built training and best practices
 * for investigators and Crowns (domain.md §1, arm 3); techniques and platforms change fast, so training
 * counts as current for a fixed window.
 */
import { streamMetrics } from '../../metrics';
import type { TrainingRecord } from './types';

/**
 * Training counts as current when taken in the reference year or the two before it (three years). A
 * policy default, not a published standard: the task force set no refresher interval *(uncertain)*.
 */
export const CURRENT_TRAINING_YEARS = 3;

/** True when a training year is within CURRENT_TRAINING_YEARS of the reference year. */
export function isCurrentTraining(trainingYear: number, asOfYear: number): boolean {
	return trainingYear <= asOfYear && asOfYear - trainingYear < CURRENT_TRAINING_YEARS;
}

/** Computed by its registry entry (domain/metrics/streams.ts). */
export const currentTrainingShare = streamMetrics.current_training_share.compute;

/** ICE staff without current training (never trained, or trained too long ago). */
export function staffWithoutCurrentTraining(record: Pick<TrainingRecord, 'staff' | 'trained_current'>): number {
	return Math.max(0, record.staff - record.trained_current);
}
