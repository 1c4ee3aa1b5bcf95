// The loaders of a resolution's own relations: the node itself (loaded or stub) and what the
// Resolution type's fields follow from it.
import DataLoader from "dataloader";
import type { CountryVoteRecord, EntityRecord, ResolutionNode, SponsorshipRecord } from "../../graph/port.js";
import { AheadLoader, defineLoader } from "../loaders.js";

/** Loaded resolutions and stubs; null when the symbol is neither. */
export const resolutionNodeLoader = defineLoader("resolutionNode", (store) => new AheadLoader<string, ResolutionNode | null>((symbols) => store.resolutionNodes(symbols)));
export const concernsLoader = defineLoader("concerns", (store) => new DataLoader<string, EntityRecord[]>((symbols) => store.concernsOf(symbols)));
export const votesLoader = defineLoader("votes", (store) => new DataLoader<string, CountryVoteRecord[]>((symbols) => store.votesOf(symbols)));
export const sponsorsLoader = defineLoader("sponsors", (store) => new DataLoader<string, EntityRecord[]>((symbols) => store.sponsorsOf(symbols)));
export const sponsorshipsLoader = defineLoader("sponsorships", (store) => new DataLoader<string, SponsorshipRecord[]>((symbols) => store.sponsorshipsOf(symbols)));
/** How many loaded resolutions cite each one: a count, without reading the edges. */
export const citationCountLoader = defineLoader("citationCount", (store) => new DataLoader<string, number>((symbols) => store.citationCounts(symbols)));
