// zod/mini (the schemas drafting loads: evidence, answers, bundle) carries no messages of its own: English ones, as
// the full zod sets for the rest (the full library costs more to load).
import { config } from 'zod/mini';
import { en } from 'zod/v4/locales';

config(en());
