public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreatePolicy``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createPolicyExample = #"""
        {
          "success": true,
          "inventory": {
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
            "uuid": "194787c2a4e2585d811f75c8ce4b2a5e",
            "accountUuid": "3caf6d8139ae587126e442374b0c95ba"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createPolicy(
        _ request: CreatePolicy.Request
    ) async throws -> CreatePolicy.Response {
        try Self.example(CreatePolicy.Response.self, json: Self.createPolicyExample)
    }
}
