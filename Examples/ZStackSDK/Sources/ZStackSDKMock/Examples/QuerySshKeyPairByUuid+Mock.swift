public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QuerySshKeyPairByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let querySshKeyPairByUuidExample = #"""
        {
          "inventories": [
            {
              "uuid": "a60dd310965651e484d01a97059caaa1",
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
    public func querySshKeyPairByUuid(
        _ request: QuerySshKeyPairByUuid.Request
    ) async throws -> QuerySshKeyPairByUuid.Response {
        try Self.example(QuerySshKeyPairByUuid.Response.self, json: Self.querySshKeyPairByUuidExample)
    }
}
