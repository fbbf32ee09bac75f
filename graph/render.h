// Text renderings of values that may refer to the graph, as cypher-shell
// shows them: (:Person:Official {name: 'Dmitry Bakanov'}),
// [:WORKS_FOR {title: 'head'}], paths as (a)-[r]->(b)<-[s]-(c). Properties
// come in key-name order; a deleted node or relationship shows as () or [].
#ifndef KG_GRAPH_RENDER_H_
#define KG_GRAPH_RENDER_H_

#include <string>

#include "graph/graph.h"
#include "graph/value.h"

namespace kg {

std::string RenderValue(const Graph& graph, const Value& value);
std::string RenderNode(const Graph& graph, NodeId id);
std::string RenderRelationship(const Graph& graph, RelId id);

}  // namespace kg

#endif  // KG_GRAPH_RENDER_H_
