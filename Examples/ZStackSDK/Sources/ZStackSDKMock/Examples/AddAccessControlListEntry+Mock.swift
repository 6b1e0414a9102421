public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddAccessControlListEntry``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addAccessControlListEntryExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "f5e3a7c42e231c24c9b6bb4265206727",
            "aclUuid": "30fd1483821c36c13897f914cccfe27b",
            "type": "type",
            "name": "name",
            "domain": "domain",
            "url": "url",
            "ipEntries": "ipEntries",
            "description": "description",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func addAccessControlListEntry(
        _ request: AddAccessControlListEntry.Request
    ) async throws -> AddAccessControlListEntry.Response {
        try Self.example(AddAccessControlListEntry.Response.self, json: Self.addAccessControlListEntryExample)
    }
}
