public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QuerySshKeyPair``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let querySshKeyPairExample = #"""
        {
          "inventories": [
            {
              "uuid": "584e5f04304865c881f06b6d1771a6c2",
              "name": "name",
              "description": "description",
              "publicKey": "publicKey",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "success": true,
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func querySshKeyPair(
        _ request: QuerySshKeyPair.Request
    ) async throws -> QuerySshKeyPair.Response {
        try Self.example(QuerySshKeyPair.Response.self, json: Self.querySshKeyPairExample)
    }
}
