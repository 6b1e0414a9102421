public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryPolicyByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryPolicyByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "statements": [
                {
                  "name": "name",
                  "effect": {
                    "name": "name",
                    "ordinal": 1
                  },
                  "principals": [
                    "principals"
                  ],
                  "actions": [
                    "actions"
                  ],
                  "resources": [
                    "resources"
                  ]
                }
              ],
              "name": "name",
              "uuid": "fbb6d9d964434003ddfb635e17c56ce0",
              "accountUuid": "693ee92b3ce0dc9ff3d93a8ff483a9dc"
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryPolicyByUuid(
        _ request: QueryPolicyByUuid.Request
    ) async throws -> QueryPolicyByUuid.Response {
        try Self.example(QueryPolicyByUuid.Response.self, json: Self.queryPolicyByUuidExample)
    }
}
