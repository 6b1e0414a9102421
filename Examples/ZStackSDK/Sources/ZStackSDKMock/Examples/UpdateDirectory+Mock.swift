public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateDirectory``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateDirectoryExample = #"""
        {
          "inventory": {
            "uuid": "b60bc7604be5954010b1feab1ab6fe6d",
            "name": "name",
            "groupName": "groupName",
            "parentUuid": "b13c07bde042a0ca930ff09bfd182e50",
            "rootDirectoryUuid": "c5ae54f03478134cf8b8dd0d666960cf",
            "zoneUuid": "bbdaa84d025e50b255820abddd80cb0c",
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
    public func updateDirectory(
        _ request: UpdateDirectory.Request
    ) async throws -> UpdateDirectory.Response {
        try Self.example(UpdateDirectory.Response.self, json: Self.updateDirectoryExample)
    }
}
