public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryCertificate``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryCertificateExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "name": "name",
              "uuid": "771051ac8420d797ccbc13e0b7810c23",
              "certificate": "certificate",
              "description": "description",
              "listeners": [
                {
                  "id": 1,
                  "listenerUuid": "36b1861d1a59a6bbfd3a6781018822d2",
                  "certificateUuid": "51d2e0ce615dfdfb910c88d98404e5b7",
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
    public func queryCertificate(
        _ request: QueryCertificate.Request
    ) async throws -> QueryCertificate.Response {
        try Self.example(QueryCertificate.Response.self, json: Self.queryCertificateExample)
    }
}
