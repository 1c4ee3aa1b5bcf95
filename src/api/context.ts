import type { GraphStore } from "../graph/port.js";
import { RequestLoaders } from "./loaders.js";

/** What every resolver receives; made anew for each request so loaders never cache across requests. */
export interface Context {
  store: GraphStore;
  loaders: RequestLoaders;
}

export const createContext = (store: GraphStore): Context => ({ store, loaders: new RequestLoaders(store) });
