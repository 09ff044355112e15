// Bundled in place of the whole twitter-text package: the CLI needs only parseTweet (X's weighted length).
import parseTweet from 'twitter-text/dist/esm/parseTweet.js';

export default { parseTweet };
