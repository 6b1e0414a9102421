public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateAccessControlList``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createAccessControlListExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "a2bba2835e7eff7912956f3442bcb9a6",
            "name": "name",
            "ipVersion": 1,
            "description": "description",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "entries": [
              {
                "uuid": "fabe772f8273e20ae5d127fd415c410f",
                "aclUuid": "d2806e9d3a5a2a939819f6cdbdccb6e8",
                "type": "type",
                "name": "name",
                "domain": "domain",
                "url": "url",
                "ipEntries": "ipEntries",
                "description": "description",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
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
    public func createAccessControlList(
        _ request: CreateAccessControlList.Request
    ) async throws -> CreateAccessControlList.Response {
        try Self.example(CreateAccessControlList.Response.self, json: Self.createAccessControlListExample)
    }
}
