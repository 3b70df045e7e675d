/**
 * Remoteness from ICE services: a community's class from its distance to the nearest ICE unit.
 *
 * Policy defaults (the remoteness_class registry entry and its `REMOTENESS_KM`, domain/metrics/coverage.ts):
 * - `fly_in`: no year-round road access; wins over any distance, because investigators and seized devices
 *   travel by air whatever the map says (domain.md §3, Nishnawbe Aski Nation);
 * - `urban_access`: nearest unit under 50 km (same-day attendance by road);
 * - `rural`: under 150 km;
 * - `remote`: 150 km or more, or no ICE unit anywhere in the province (distance null).
 *
 * The classes' words are in the dictionary (i18n/sections/vocabulary.ts), keyed by class.
 */
import { remotenessClass } from '../../metrics';

export { remotenessClass };
