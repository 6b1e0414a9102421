public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryRole``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryRoleExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "b7c55198140c03135ffdbbcacb2bb2f8",
              "name": "name",
              "description": "description",
              "type": {
                "name": "name",
                "ordinal": 1
              },
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "statements": [
                {
                  "uuid": "e38943563c1ab8532e82989644e272fa",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                  "statement": {
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
                }
              ]
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
    public func queryRole(
        _ request: QueryRole.Request
    ) async throws -> QueryRole.Response {
        try Self.example(QueryRole.Response.self, json: Self.queryRoleExample)
    }
}
