import DataLoader from "dataloader";
import type { Vote } from "../../domain.js";
import type { EntityRecord, EntityRef, Page, ResolutionNode, VoteOfCountry } from "../../graph/port.js";
import { AheadLoader, byArguments, defineLoader } from "../loaders.js";

const refKey = (r: EntityRef): string => `${r.label}:${r.key}`;

export const entityLoader = defineLoader(
  "entity",
  (store) => new AheadLoader<EntityRef, EntityRecord | null, string>((refs) => store.entitiesByKeys(refs), { cacheKeyFn: refKey }),
);

/** A state's votes, all or one kind. */
export interface CountryVotesKey {
  code: string;
  vote: Vote | null;
}

export const countryVotesLoader = defineLoader(
  "countryVotes",
  (store) =>
    new DataLoader(
      byArguments<CountryVotesKey, VoteOfCountry[]>(
        (k) => k.vote ?? "",
        (k) => k.code,
        (codes, k) => store.votesOfCountries(codes, k.vote ?? undefined),
      ),
      { cacheKeyFn: (k) => `${k.vote ?? ""}|${k.code}` },
    ),
);

/** A page of the resolutions concerning or naming a state. */
export interface CountryResolutionsKey {
  code: string;
  first: number;
  offset: number;
}

export const countryResolutionsLoader = defineLoader(
  "countryResolutions",
  (store) =>
    new DataLoader(
      byArguments<CountryResolutionsKey, Page<ResolutionNode>>(
        (k) => `${k.offset}|${k.first}`,
        (k) => k.code,
        (codes, k) => store.resolutionsOfCountries(codes, { first: k.first, offset: k.offset }),
      ),
      { cacheKeyFn: (k) => `${k.offset}|${k.first}|${k.code}` },
    ),
);
