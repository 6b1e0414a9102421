public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryCertificateByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryCertificateByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "name": "name",
              "uuid": "347bfbef630be6ffff669a843ffef257",
              "certificate": "certificate",
              "description": "description",
              "listeners": [
                {
                  "id": 1,
                  "listenerUuid": "179ee5763139809b78b2ad7166f9e013",
                  "certificateUuid": "8f11da30bfc6e8a3a924d6611b1dfba7",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryCertificateByUuid(
        _ request: QueryCertificateByUuid.Request
    ) async throws -> QueryCertificateByUuid.Response {
        try Self.example(QueryCertificateByUuid.Response.self, json: Self.queryCertificateByUuidExample)
    }
}
