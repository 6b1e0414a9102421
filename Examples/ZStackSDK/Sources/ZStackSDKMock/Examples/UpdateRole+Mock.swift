public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateRole``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateRoleExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "eb1ab22acb6a60b6095b6726bfacbc93",
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
                "uuid": "500bafe8588a038aa250f6bdde84501e",
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
    public func updateRole(
        _ request: UpdateRole.Request
    ) async throws -> UpdateRole.Response {
        try Self.example(UpdateRole.Response.self, json: Self.updateRoleExample)
    }
}
