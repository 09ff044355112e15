// zod/mini (the schemas drafting loads: evidence, answers, bundle, config) carries no messages of its own: English ones,
// as the full zod sets for the rest (the full library costs more to load). Every module of zod/mini schemas imports this.
import { config } from 'zod/mini';
import { en } from 'zod/v4/locales';

config(en());
