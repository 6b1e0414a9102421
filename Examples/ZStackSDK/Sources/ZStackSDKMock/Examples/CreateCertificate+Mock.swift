public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateCertificate``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createCertificateExample = #"""
        {
          "success": true,
          "inventory": {
            "name": "name",
            "uuid": "d64de7c30e080b2b37b681ba4c627100",
            "certificate": "certificate",
            "description": "description",
            "listeners": [
              {
                "id": 1,
                "listenerUuid": "c9f7538a97a2058f9d0983b6d1b2a4b1",
                "certificateUuid": "bfc02fc24b4db80786fb7184602c3c8d",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
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
    public func createCertificate(
        _ request: CreateCertificate.Request
    ) async throws -> CreateCertificate.Response {
        try Self.example(CreateCertificate.Response.self, json: Self.createCertificateExample)
    }
}
