package org.scalingexplorer.io.dataset;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the "net of" links between innovations without recursion, in time linear in the links, whatever their
 * number or shape: no cycles, and no chain longer than a limit (each link divides one multiplier by another's, so a
 * long chain is a modelling error, and the engine evaluates chains by recursion).
 */
final class NetOfGraph {
    /** Problems by the innovation they are reported at. */
    record Check(Map<String, String> problems) {
    }

    private NetOfGraph() {
    }

    static Check check(Map<String, List<String>> netOf, int maxDepth) {
        Map<String, String> problems = new LinkedHashMap<>();
        // Kahn's algorithm on the reversed edges: an innovation is settled once everything it is net of is settled
        Map<String, Integer> pending = new HashMap<>();
        Map<String, List<String>> usedBy = new HashMap<>();
        for (Map.Entry<String, List<String>> e : netOf.entrySet()) {
            pending.putIfAbsent(e.getKey(), 0);
            for (String other : e.getValue()) {
                if (!netOf.containsKey(other)) continue; // an unknown or scale-invariant id: a leaf
                pending.merge(e.getKey(), 1, Integer::sum);
                usedBy.computeIfAbsent(other, k -> new ArrayList<>()).add(e.getKey());
            }
        }
        Map<String, Integer> depth = new HashMap<>();
        Map<String, String> deepestVia = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        pending.forEach((id, n) -> {
            if (n == 0) ready.add(id);
        });
        for (String id : pending.keySet()) depth.put(id, netOf.getOrDefault(id, List.of()).isEmpty() ? 0 : 1);
        int settled = 0;
        while (!ready.isEmpty()) {
            String id = ready.poll();
            settled++;
            for (String user : usedBy.getOrDefault(id, List.of())) {
                if (depth.get(id) + 1 > depth.get(user)) {
                    depth.put(user, depth.get(id) + 1);
                    deepestVia.put(user, id);
                }
                if (pending.merge(user, -1, Integer::sum) == 0) ready.add(user);
            }
        }
        if (settled < pending.size()) {
            // what is left unsettled lies on a cycle or behind one: from each, follow unsettled links until the walk
            // meets itself (a cycle) or an earlier walk (nothing new); every innovation is walked once
            Map<String, Integer> walkOf = new HashMap<>();
            int walks = 0;
            for (String start : pending.keySet()) {
                if (pending.get(start) == 0 || walkOf.containsKey(start)) continue;
                int thisWalk = ++walks;
                List<String> walk = new ArrayList<>();
                Map<String, Integer> at = new HashMap<>();
                String id = start;
                while (id != null && !walkOf.containsKey(id)) {
                    walkOf.put(id, thisWalk);
                    at.put(id, walk.size());
                    walk.add(id);
                    String next = null;
                    for (String o : netOf.getOrDefault(id, List.of())) {
                        if (pending.getOrDefault(o, 0) > 0) {
                            next = o;
                            break;
                        }
                    }
                    id = next;
                }
                if (id == null || walkOf.get(id) != thisWalk) continue;
                List<String> cycle = walk.subList(at.get(id), walk.size());
                String text = "innovations are net of each other in a cycle: " + String.join(" -> ", cycle) + " -> " + id;
                for (String member : cycle) problems.putIfAbsent(member, text);
            }
            return new Check(problems);
        }
        for (Map.Entry<String, Integer> e : depth.entrySet()) {
            if (e.getValue() > maxDepth) {
                List<String> chain = new ArrayList<>();
                for (String id = e.getKey(); id != null && chain.size() <= maxDepth + 1; id = deepestVia.get(id)) chain.add(id);
                problems.put(e.getKey(), "a chain of " + e.getValue() + " \"net of\" links (" + String.join(" -> ", chain)
                        + (chain.size() > maxDepth + 1 ? " -> ..." : "") + "); at most " + maxDepth + " are allowed");
            }
        }
        return new Check(Collections.unmodifiableMap(problems));
    }
}
