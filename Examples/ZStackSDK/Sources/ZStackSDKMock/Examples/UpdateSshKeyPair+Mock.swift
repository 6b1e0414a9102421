public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateSshKeyPair``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateSshKeyPairExample = #"""
        {
          "inventory": {
            "uuid": "f1b1002774d16db7ee172288a5084b32",
            "name": "name",
            "description": "description",
            "publicKey": "publicKey",
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
    public func updateSshKeyPair(
        _ request: UpdateSshKeyPair.Request
    ) async throws -> UpdateSshKeyPair.Response {
        try Self.example(UpdateSshKeyPair.Response.self, json: Self.updateSshKeyPairExample)
    }
}
