public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryRoleByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryRoleByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "a1078e6336dae63bde203ee18cf87f25",
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
                  "uuid": "b90a1f726c99b26faef4add9d222c79a",
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
    public func queryRoleByUuid(
        _ request: QueryRoleByUuid.Request
    ) async throws -> QueryRoleByUuid.Response {
        try Self.example(QueryRoleByUuid.Response.self, json: Self.queryRoleByUuidExample)
    }
}
