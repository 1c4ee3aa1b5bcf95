import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Resolver, Root } from "type-graphql";
import { PageArgs } from "../args.js";
import type {
  AnalysisRecord,
  CountryVoteRecord,
  EntityRecord,
  ParagraphRecord,
  ReferenceRecord,
  ResolutionNode,
  SponsorshipRecord,
  SubjectRecord,
} from "../../graph/port.js";
import { Sponsorship } from "../sponsorship/sponsorship.type.js";
import { Subject } from "../subject/subject.type.js";
import { yearOf } from "../../graph/facts.js";
import { Analysis } from "../analysis/analysis.type.js";
import { CitationConnection } from "../citation/citation.type.js";
import { DocumentCitation } from "../document/document.type.js";
import { Country } from "../entity/entity.type.js";
import { ParagraphKindEnum, VoteMethodEnum } from "../enums.js";
import { Paragraph } from "../paragraph/paragraph.type.js";
import { RecallConnection } from "../recall/recall.type.js";
import { Reference } from "../reference/reference.type.js";
import { Resolution } from "./resolution.type.js";
import { CountryVote, VoteCounts } from "../vote/vote.type.js";
import { citationConnection, type CitationConnectionValue } from "../citation/citation.resolver.js";
import type { Context } from "../context.js";
import { globalId } from "../node/global-id.js";
import { loadParagraphsAhead } from "../paragraph/paragraph.resolver.js";
import { loadRecallsAhead, recallConnection, type RecallConnectionValue } from "../recall/recall.resolver.js";
import { selectionOf } from "../selection.js";
import { pageRequest } from "../paging/paging.js";
import { analysesOfResolutionLoader } from "../analysis/analysis.loaders.js";
import { citationCountLoader, concernsLoader, sponsorsLoader, sponsorshipsLoader, votesLoader } from "./resolution.loaders.js";
import { paragraphsOfResolutionLoader } from "../paragraph/paragraph.loaders.js";
import { recallsInLoader, recallsOutLoader } from "../recall/recall.loaders.js";
import { referencesFromParagraphLoader, referencesToTargetLoader } from "../reference/reference.loaders.js";
import { subjectsOfResolutionLoader } from "../subject/subject.loaders.js";

// The store keeps "" for "the text does not say"; the API says null, which clients can test for.
const orNull = (s: string | undefined): string | null => (s === undefined || s === "" ? null : s);


/** Every reference the resolution's paragraphs make, in document order (two batched reads). */
async function referencesOf(r: ResolutionNode, ctx: Context): Promise<ReferenceRecord[]> {
  if (r.stub) return [];
  const paragraphs = await ctx.loaders.get(paragraphsOfResolutionLoader).load(r.symbol);
  const refs = await ctx.loaders.get(referencesFromParagraphLoader).loadMany(paragraphs.map((p) => p.id));
  return refs.flatMap((list) => {
    if (list instanceof Error) throw list;
    return list;
  });
}

@Resolver(() => Resolution)
export class ResolutionResolver {
  @FieldResolver(() => ID)
  id(@Root() r: ResolutionNode): string {
    return globalId("Resolution", r.symbol);
  }

  @FieldResolver(() => String, { nullable: true, description: "Title as printed (empty when the text prints none); for a stub, the UN's metadata's title, else null." })
  title(@Root() r: ResolutionNode): string | null {
    return r.record ? r.record.title : (r.metadata?.title ?? null);
  }

  @FieldResolver(() => String, { nullable: true, description: "Adopting body, e.g. `Human Rights Council`; null for stubs." })
  body(@Root() r: ResolutionNode): string | null {
    return r.record?.body ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Adoption date, `YYYY-MM-DD`; for a stub, the UN's metadata's." })
  adoptedOn(@Root() r: ResolutionNode): string | null {
    return r.record ? orNull(r.record.adoptedOn) : (r.metadata?.adoptedOn ?? null);
  }

  @FieldResolver(() => Int, { nullable: true, description: "Year of adoption; for a Security Council text printed without its date, the year its symbol carries. The year filters use the same year." })
  year(@Root() r: ResolutionNode): number | null {
    // The same year the stores index and filter on (facts.ts), so a text found by `yearFrom: 1967` says 1967.
    if (r.record) return yearOf(r.symbol, r.record.adoptedOn);
    // A stub's year is its metadata date's, when the metadata gives one.
    return r.metadata?.adoptedOn ? yearOf(r.symbol, r.metadata.adoptedOn) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Meeting as printed, e.g. `42nd meeting`; for a stub, the UN's metadata's." })
  meeting(@Root() r: ResolutionNode): string | null {
    return r.record ? orNull(r.record.meeting) : (r.metadata?.meeting ?? null);
  }

  @FieldResolver(() => VoteMethodEnum, { nullable: true })
  voteMethod(@Root() r: ResolutionNode): string | null {
    return orNull(r.record?.voteMethod);
  }

  @FieldResolver(() => VoteCounts, { nullable: true, description: "Vote counts, when the text gives them, else when the UN's metadata does." })
  voteCounts(@Root() r: ResolutionNode): VoteCounts | null {
    return r.record?.votes ?? r.metadata?.votes ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "How it was adopted, as the UN's metadata prints it (`Without a vote`, `Recorded vote`); null without metadata." })
  adoptionType(@Root() r: ResolutionNode): string | null {
    return r.metadata?.adoptionType ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The draft or report it was adopted on (`A/75/L.1`), from the UN's metadata." })
  originatingDocument(@Root() r: ResolutionNode): string | null {
    return r.metadata?.originatingDocument ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The Main Committee that reported it (`Third Committee`), from the UN's metadata." })
  committee(@Root() r: ResolutionNode): string | null {
    return r.metadata?.committee ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The agenda item (`Agenda item 70 (c)`), from the UN's metadata." })
  agendaItem(@Root() r: ResolutionNode): string | null {
    return r.metadata?.agendaItem ?? null;
  }

  @FieldResolver(() => [Subject], { description: "Subject headings it is classified under (by its text or by the UN's metadata), by scheme then key." })
  subjects(@Root() r: ResolutionNode, @Ctx() ctx: Context): Promise<SubjectRecord[]> {
    return ctx.loaders.get(subjectsOfResolutionLoader).load(r.symbol);
  }

  @FieldResolver(() => [Sponsorship], {
    description: "Every recorded sponsorship: the UN's metadata (main and additional sponsors) and the analysis pages linked to it; by state name, then source.",
  })
  sponsorships(@Root() r: ResolutionNode, @Ctx() ctx: Context): Promise<SponsorshipRecord[]> {
    return ctx.loaders.get(sponsorshipsLoader).load(r.symbol);
  }

  @FieldResolver(() => [Paragraph], { description: "Paragraphs in document order; empty for stubs." })
  async paragraphs(
    @Root() r: ResolutionNode,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("kind", () => ParagraphKindEnum, { nullable: true }) kind?: ParagraphKindEnum | null,
  ): Promise<ParagraphRecord[]> {
    if (r.stub) return [];
    const all = await ctx.loaders.get(paragraphsOfResolutionLoader).load(r.symbol);
    const paragraphs = kind ? all.filter((p) => p.kind === kind) : all;
    await loadParagraphsAhead(paragraphs, selectionOf(info), ctx);
    return paragraphs;
  }

  @FieldResolver(() => [Reference], { description: "Citations this resolution makes (resolutions and documents), in document order." })
  references(@Root() r: ResolutionNode, @Ctx() ctx: Context): Promise<ReferenceRecord[]> {
    return referencesOf(r, ctx);
  }

  @FieldResolver(() => [DocumentCitation], { description: "UN documents this resolution cites, with the citing paragraph, in document order." })
  async cites(@Root() r: ResolutionNode, @Ctx() ctx: Context): Promise<ReferenceRecord[]> {
    return (await referencesOf(r, ctx)).filter((ref) => ref.kind === "document");
  }

  @FieldResolver(() => CitationConnection, { description: "Citations of this resolution by loaded texts, one edge per citing paragraph." })
  async citedBy(
    @Root() r: ResolutionNode,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<CitationConnectionValue> {
    const request = pageRequest(page);
    return citationConnection(await ctx.loaders.get(referencesToTargetLoader).load(r.symbol), request);
  }

  @FieldResolver(() => RecallConnection, { description: "The resolutions this one cites (RECALLS edges out), oldest first." })
  async recalls(
    @Root() r: ResolutionNode,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RecallConnectionValue> {
    const request = pageRequest(page);
    const connection = recallConnection(await ctx.loaders.get(recallsOutLoader).load(r.symbol), "to", request);
    await loadRecallsAhead(connection, selectionOf(info), ctx);
    return connection;
  }

  @FieldResolver(() => RecallConnection, { description: "The loaded resolutions citing this one (RECALLS edges in), oldest first." })
  async recalledBy(
    @Root() r: ResolutionNode,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RecallConnectionValue> {
    const request = pageRequest(page);
    const connection = recallConnection(await ctx.loaders.get(recallsInLoader).load(r.symbol), "from", request);
    await loadRecallsAhead(connection, selectionOf(info), ctx);
    return connection;
  }

  @FieldResolver(() => Int, { description: "How many loaded resolutions cite it (its in-degree in the RECALLS graph): `recalledBy.totalCount`." })
  citationCount(@Root() r: ResolutionNode, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.get(citationCountLoader).load(r.symbol);
  }

  @FieldResolver(() => [Analysis], { description: "Analysis pages whose quotes match this resolution best." })
  analyses(@Root() r: ResolutionNode, @Ctx() ctx: Context): Promise<AnalysisRecord[]> | AnalysisRecord[] {
    return r.stub ? [] : ctx.loaders.get(analysesOfResolutionLoader).load(r.symbol);
  }

  @FieldResolver(() => [Country], { description: "The states this resolution is about (named in its title, or throughout its paragraphs)." })
  concerns(@Root() r: ResolutionNode, @Ctx() ctx: Context): Promise<EntityRecord[]> | EntityRecord[] {
    return r.stub ? [] : ctx.loaders.get(concernsLoader).load(r.symbol);
  }

  @FieldResolver(() => [CountryVote], {
    description:
      "Each state's recorded vote, when the text or the UN's metadata lists them (one per state: the metadata's when both do): yes, then no, then abstain, each by state name. See `voteCounts` for the totals.",
  })
  votes(@Root() r: ResolutionNode, @Ctx() ctx: Context): Promise<CountryVoteRecord[]> | CountryVoteRecord[] {
    return r.stub && !r.metadata ? [] : ctx.loaders.get(votesLoader).load(r.symbol);
  }

  @FieldResolver(() => [Country], {
    description:
      "Sponsors, each state once, by name: those of the UN's metadata (main and additional) and those listed under \"Main Sponsors\" (`Analysis.sponsors`) on the analysis pages linked to this resolution (printed names that are not known states are left out). See `sponsorships` for where each comes from.",
  })
  sponsors(@Root() r: ResolutionNode, @Ctx() ctx: Context): Promise<EntityRecord[]> | EntityRecord[] {
    return r.stub && !r.metadata ? [] : ctx.loaders.get(sponsorsLoader).load(r.symbol);
  }
}
