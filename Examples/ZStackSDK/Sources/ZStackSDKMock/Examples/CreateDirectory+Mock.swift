public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateDirectory``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createDirectoryExample = #"""
        {
          "inventory": {
            "uuid": "c447a4d62791b8ddeb25dba028c57fe6",
            "name": "name",
            "groupName": "groupName",
            "parentUuid": "e5a1fa8aaa6102279d791eb953a53089",
            "rootDirectoryUuid": "9b9c2b9b02048dc3cdf54ae09549edbf",
            "zoneUuid": "a495843a8ccc9d0b3598322d3f010f01",
            "type": "type",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createDirectory(
        _ request: CreateDirectory.Request
    ) async throws -> CreateDirectory.Response {
        try Self.example(CreateDirectory.Response.self, json: Self.createDirectoryExample)
    }
}
