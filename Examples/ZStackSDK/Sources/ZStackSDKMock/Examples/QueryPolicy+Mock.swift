public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryPolicy``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryPolicyExample = #"""
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
              "uuid": "551b2e4040abc7efb13e4a0f2282a2a4",
              "accountUuid": "870e86741dd192bfc9440c404f50eeef"
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
    public func queryPolicy(
        _ request: QueryPolicy.Request
    ) async throws -> QueryPolicy.Response {
        try Self.example(QueryPolicy.Response.self, json: Self.queryPolicyExample)
    }
}
