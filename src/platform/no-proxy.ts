// NO_PROXY as curl reads it, split into what undici understands itself and the CIDR ranges it ignores. No undici here:
// the command start-up reads it to say which entries are not supported.
import { BlockList, isIP } from 'node:net';

export interface NoProxy {
  /** The entries undici reads itself (host names, domains, exact addresses, host:port, "*"). */
  names: string;
  /** CIDR entries ("10.0.0.0/8", "fd00::/8"), which undici ignores: matched here, as curl does, against IP literals. */
  ranges?: BlockList;
  /** Entries neither understands ("10.0.*", "10.0.0.0/99"): said at start, not silently ignored. */
  unsupported: string[];
}

/**
 * NO_PROXY as curl reads it: comma- or space-separated names, domains (".corp", "*.corp"), addresses and CIDR ranges.
 */
export function parseNoProxy(value: string): NoProxy {
  const names: string[] = [];
  const unsupported: string[] = [];
  let ranges: BlockList | undefined;
  for (const entry of value.split(/[,\s]+/).filter(Boolean)) {
    const cidr = /^\[?([0-9a-fA-F:.]+)\]?\/(\d{1,3})$/.exec(entry);
    if (cidr) {
      const family = isIP(cidr[1]!);
      const prefix = Number(cidr[2]);
      if (!family || prefix > (family === 4 ? 32 : 128)) unsupported.push(entry);
      else (ranges ??= new BlockList()).addSubnet(cidr[1]!, prefix, family === 4 ? 'ipv4' : 'ipv6');
    } else if (entry !== '*' && /[*/]/.test(entry.replace(/^\*\./, ''))) unsupported.push(entry);
    else names.push(entry);
  }
  return { names: names.join(','), ...(ranges ? { ranges } : {}), unsupported };
}
