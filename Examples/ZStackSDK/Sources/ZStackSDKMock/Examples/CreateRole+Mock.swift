public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateRole``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createRoleExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "5b235e8eae24db3111977952e3d4b482",
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
                "uuid": "884d889c4605de49b7e6c8173e22ebe7",
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
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createRole(
        _ request: CreateRole.Request
    ) async throws -> CreateRole.Response {
        try Self.example(CreateRole.Response.self, json: Self.createRoleExample)
    }
}
