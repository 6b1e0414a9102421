public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeRoleState``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeRoleStateExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "f902a010e5c19bbbf393bf663c2ac3f6",
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
                "uuid": "0ce4c03e70728ddb364661273256aea5",
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
    public func changeRoleState(
        _ request: ChangeRoleState.Request
    ) async throws -> ChangeRoleState.Response {
        try Self.example(ChangeRoleState.Response.self, json: Self.changeRoleStateExample)
    }
}
